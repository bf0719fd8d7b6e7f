module github.com/newsmerge/newsmerge

go 1.21

require (
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.22.0
)

require github.com/adrg/strutil v0.3.1
