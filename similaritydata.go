package newsmerge

import "github.com/newsmerge/newsmerge/similarity"

// DefaultThreshold is the score (Score.Value or Score.Core) at or above
// which two sentences are taken to make the same statement: the threshold
// with the best Core accuracy on the training split, averaged over the
// thresholds within 0.03 of it.
const DefaultThreshold = similarity.DefaultThreshold
