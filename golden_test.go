package newsmerge

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden with the current output")

// checkGolden compares got with the golden file testdata/golden/name, or
// rewrites the file when the -update flag is set.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s\nRun go test -update and review the diff if the change is intended.", path, diff)
	}
}

// readSeed reads one of the seed articles in testdata/seeds.
func readSeed(t testing.TB, name string) *Article {
	t.Helper()
	a, err := ReadFile(filepath.Join("testdata", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

const (
	seedABC  = "000_17cfeafc6c3289a9.txt" // ABC News, one paragraph a line, dateline
	seedQuen = "001_212d116bfbea304c.txt" // Que Onda, headline, sub-headings, blank lines
)
