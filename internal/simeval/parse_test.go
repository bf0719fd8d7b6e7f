package main

import (
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name    string
		parse   func(io.Reader) ([]pair, int, error)
		in      string
		want    []pair
		bad     int
		wantErr bool
	}{
		{
			name:  "sts",
			parse: parseSTS,
			in: "main-news\theadlines\t2016\t0281\t5\tA b.\tA c.\tsource\tsource\r\n" + // extra columns
				"main-captions\tMSRvid\t2012test\t0000\t3.800\tX y.\tX z.\n" +
				"\n" +
				"main-news\tMSRpar\t2012\t0001\t2.5\tonly one sentence\n" + // short
				"main-news\tMSRpar\t2012\t0002\tfive\tA.\tB.\n" + // score not a number
				"main-news\tMSRpar\t2012\t0003\t5.5\tA.\tB.\n" + // score above 5
				"main-news\tMSRpar\t2012\t0004\t1\t \tB.\n", // empty sentence
			want: []pair{
				{ID: "headlines/2016/0281", Genre: "main-news", S1: "A b.", S2: "A c.", Gold: 5},
				{ID: "MSRvid/2012test/0000", Genre: "main-captions", S1: "X y.", S2: "X z.", Gold: 3.8},
			},
			bad: 4,
		},
		{
			name:  "paws",
			parse: parsePAWS,
			in: "id\tsentence1\tsentence2\tlabel\n" +
				"1\tA b .\tB a .\t0\n" +
				"2\tC d .\tC d .\t1\n" +
				"3\tE .\tF .\t2\n" + // label
				"4\tE .\tF .\n", // short
			want: []pair{{ID: "1", S1: "A b .", S2: "B a .", Gold: 0}, {ID: "2", S1: "C d .", S2: "C d .", Gold: 1}},
			bad:  2,
		},
		{name: "paws without header", parse: parsePAWS, in: "1\tA\tB\t0\n", wantErr: true},
		{
			name:  "mrpc",
			parse: parseMRPC,
			in: "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" +
				"1\t11\t12\tHe said the pie \"business fits.\t\"The pie business fits.\n" + // unbalanced quotes
				"0\t21\t22\tA.\tB.\n" +
				"x\t31\t32\tA.\tB.\n" + // quality
				"1\t41\t42\tA.\n", // short
			want: []pair{
				{ID: "11/12", S1: "He said the pie \"business fits.", S2: "\"The pie business fits.", Gold: 1},
				{ID: "21/22", S1: "A.", S2: "B.", Gold: 0},
			},
			bad: 2,
		},
		{name: "mrpc without header", parse: parseMRPC, in: "1\t1\t2\tA.\tB.\n", wantErr: true},
	} {
		got, bad, err := tc.parse(strings.NewReader(tc.in))
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: error %v, want error %v", tc.name, err, tc.wantErr)
			continue
		}
		if tc.wantErr {
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: pairs (-want +got):\n%s", tc.name, diff)
		}
		if bad != tc.bad {
			t.Errorf("%s: %d malformed rows, want %d", tc.name, bad, tc.bad)
		}
	}
}

func TestLabel(t *testing.T) {
	if !(pair{Gold: 1}).label() || (pair{Gold: 0}).label() {
		t.Error("label: want Gold 1 a paraphrase and Gold 0 not")
	}
}
