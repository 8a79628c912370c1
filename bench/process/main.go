// Command process times whole runs of interviewkit, process start to exit,
// as a person at a terminal waits for them.
//
//	go run ./bench/process [-runs 40] [-peer] [-base PATH] [-bin PATH] [-only NAME,...]
//
// It builds the command from this checkout (or takes -bin), then runs every
// scenario once per round, round after round, so a burst of load from
// elsewhere on the machine lands on all scenarios alike, and reports each
// scenario's median and spread (10th to 90th percentile) in a Markdown
// table. With -base it runs another build of the command (an older
// release, say) in the same rounds and reports how many times faster this
// one is, pairing runs of the same round. With -peer it also runs
// bench/peer/peer_kit.py, a hand-written Python kit (reportlab and
// openpyxl) writing a packet and scoresheet of the same twelve questions,
// and reports how many times faster generate is, likewise.
//
// Every kit goes to a new folder, as on a first run; the folders are
// removed after timing.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// A scenario is one command line to time. Its args may hold "{out}", a new
// folder for each run, and "{bank}", the synthetic bank of -bank200.
type scenario struct {
	name, what string
	args       []string
	peer       bool // runs the Python peer instead of interviewkit
}

var scenarios = []scenario{
	{name: "version", what: "`--version`: start-up alone", args: []string{"--version"}},
	{name: "questions", what: "`questions`, the embedded bank", args: []string{"questions"}},
	{name: "areas", what: "`areas`", args: []string{"areas"}},
	{name: "plan", what: "`plan --level senior --focus orm,security --minutes 60`", args: []string{"plan", "--level", "senior", "--focus", "orm,security", "--minutes", "60"}},
	{name: "generate", what: "`generate`, 12 questions: packet and scoresheet", args: []string{"generate", "--candidate", "Alex Morgan", "--level", "senior", "--count", "12", "--date", "2025-03-14", "--out", "{out}"}},
	{name: "loop", what: "`loop`, default 5 rounds: 5 packets, overview, scoresheet", args: []string{"loop", "--candidate", "Sam Rivera", "--level", "mid", "--date", "2026-03-03", "--out", "{out}"}},
	{name: "generate200", what: "`generate`, 200 questions, own bank (cached)", args: []string{"generate", "--candidate", "Alex Morgan", "--level", "senior", "--count", "200", "--date", "2025-03-14", "--bank", "{bank}", "--out", "{out}"}},
	{name: "questions-own", what: "`questions --bank`, own bank of 548 questions (cached)", args: []string{"questions", "--bank", "{bank}"}},
	{name: "peer", what: "Python peer: reportlab packet and openpyxl scoresheet, 12 questions", peer: true},
}

func main() {
	runs := flag.Int("runs", 40, "timed runs of each scenario")
	warmup := flag.Int("warmup", 3, "untimed rounds first, to warm caches")
	bin := flag.String("bin", "", "time this interviewkit `binary` instead of building one from this checkout")
	peer := flag.Bool("peer", false, "also time the Python peer (needs /usr/bin/python3 with reportlab and openpyxl)")
	python := flag.String("python", "/usr/bin/python3", "the `python` that runs the peer")
	only := flag.String("only", "", "time only these comma-separated `scenarios`")
	base := flag.String("base", "", "also time this `binary` in the same rounds, to compare against")
	flag.Parse()
	if err := run(*runs, *warmup, *bin, *base, *peer, *python, *only); err != nil {
		fmt.Fprintf(os.Stderr, "bench/process: %v\n", err)
		os.Exit(1)
	}
}

func run(runs, warmup int, bin, base string, peer bool, python, only string) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "ik-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if bin == "" {
		bin = filepath.Join(tmp, "interviewkit")
		build := exec.Command("go", "build", "-o", bin, "./cmd/interviewkit")
		build.Dir, build.Stdout, build.Stderr = root, os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("building interviewkit: %w", err)
		}
	}
	bank := filepath.Join(tmp, "bank")
	if err := writeBigBank(bank, 4); err != nil {
		return err
	}
	var chosen []scenario
	for _, s := range scenarios {
		if only != "" && !slices.Contains(strings.Split(only, ","), s.name) {
			continue
		}
		if s.peer && !peer {
			continue
		}
		chosen = append(chosen, s)
	}
	if len(chosen) == 0 {
		return errors.New("no scenario to run")
	}
	peerDir := filepath.Join(root, "bench", "peer")
	// A job is one command line timed once a round: a scenario run by this
	// build, by the base build, or the peer.
	type job struct {
		key string
		cmd func(out string) *exec.Cmd
	}
	var jobs []job
	for _, s := range chosen {
		if s.peer {
			jobs = append(jobs, job{s.name, func(out string) *exec.Cmd {
				return exec.Command(python, filepath.Join(peerDir, "peer_kit.py"), filepath.Join(peerDir, "sample_questions.json"), out)
			}})
			continue
		}
		for _, b := range []struct{ key, bin string }{{s.name, bin}, {"base " + s.name, base}} {
			if b.bin == "" {
				continue
			}
			jobs = append(jobs, job{b.key, func(out string) *exec.Cmd {
				args := make([]string, len(s.args))
				for i, a := range s.args {
					args[i] = strings.NewReplacer("{out}", out, "{bank}", bank).Replace(a)
				}
				return exec.Command(b.bin, args...)
			}})
		}
	}
	times := make(map[string][]time.Duration)
	cpu := make(map[string][]time.Duration)
	n := 0
	for round := range warmup + runs {
		for _, j := range jobs {
			n++
			out := filepath.Join(tmp, fmt.Sprintf("out-%d", n))
			cmd := j.cmd(out)
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			start := time.Now()
			err := cmd.Run()
			wall := time.Since(start)
			if err != nil {
				return fmt.Errorf("%s: %v\n%s", j.key, err, stderr.String())
			}
			if round >= warmup {
				times[j.key] = append(times[j.key], wall)
				cpu[j.key] = append(cpu[j.key], cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
			}
			os.RemoveAll(out)
		}
	}
	report(os.Stdout, chosen, times, cpu, runs, base != "")
	return nil
}

func report(w io.Writer, chosen []scenario, times, cpu map[string][]time.Duration, runs int, withBase bool) {
	host, _ := os.Hostname()
	fmt.Fprintf(w, "%d runs of each scenario, interleaved; %s, %s/%s, %d CPUs, %s\n\n", runs, host, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), time.Now().UTC().Format(time.DateOnly))
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.Debug)
	if withBase {
		fmt.Fprintln(tw, "| scenario\t median\t p10-p90\t min\t CPU (median)\t base median\t base CPU\t faster, run for run\t")
		fmt.Fprintln(tw, "|---\t---:\t---:\t---:\t---:\t---:\t---:\t---:\t")
	} else {
		fmt.Fprintln(tw, "| scenario\t median\t p10-p90\t min\t CPU (median)\t")
		fmt.Fprintln(tw, "|---\t---:\t---:\t---:\t---:\t")
	}
	for _, s := range chosen {
		t := summarize(times[s.name])
		c := summarize(cpu[s.name])
		fmt.Fprintf(tw, "| %s\t %s\t %s-%s\t %s\t %s\t", s.what, ms(t.median), ms(t.p10), ms(t.p90), ms(t.min), ms(c.median))
		if withBase {
			if bt, ok := times["base "+s.name]; ok {
				r := ratios(times[s.name], bt)
				fmt.Fprintf(tw, " %s\t %s\t %.1fx\t", ms(summarize(bt).median), ms(summarize(cpu["base "+s.name]).median), quantileFloat(r, 0.5))
			} else {
				fmt.Fprint(tw, " \t \t \t")
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	if p, ok := times["peer"]; ok {
		if g, ok := times["generate"]; ok {
			r := ratios(g, p)
			fmt.Fprintf(w, "\ngenerate against the Python peer, run for run: %.0fx faster (median; 10th-90th percentile %.0fx-%.0fx)\n",
				quantileFloat(r, 0.5), quantileFloat(r, 0.1), quantileFloat(r, 0.9))
		}
	}
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}

// moduleRoot finds the checkout this command runs in.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("finding the module: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run this from the interviewkit checkout")
	}
	return filepath.Dir(mod), nil
}
