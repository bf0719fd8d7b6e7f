// Package par runs independent pieces of work on all processors, for the
// stages whose items (articles, sentences, pairs of sentences) do not
// depend on each other. Each piece writes only its own result, so the
// outcome is the same as a loop's.
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(i) for every i in [0, n), on up to GOMAXPROCS goroutines,
// and returns when all calls have returned. The calls may run in any order
// and at the same time: f must be safe for that. With n below 2 or one
// processor, For is a plain loop.
func For(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers < 2 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
