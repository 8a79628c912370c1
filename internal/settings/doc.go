// Package settings finds a team's settings and says, for every setting,
// the value in effect and where it came from.
//
// A team writes its settings once, in interviewkit.yaml (the format is
// kit.ParseTeamFile's): which bank it uses, where its archive is, its
// paper, and its policy (kit.Policy: retention, the recommendation rule
// and labels, the rating scale's names, the loop's start and breaks, the
// language of printed labels). The file is the one named by --config,
// else by INTERVIEWKIT_CONFIG, else interviewkit.yaml in the working
// folder, else there is none. INTERVIEWKIT_BANK and INTERVIEWKIT_ARCHIVE
// set the two settings people switch most.
//
// Precedence is flag > environment > file > bank > built-in: a flag on the
// command line wins; a bank's own defaults for its role (its rating names)
// count only where the team's file says nothing. Paths in the file are
// relative to the file's folder, paths in flags and the environment to
// the working folder. An archive that contains "://" is an address, kept
// as it is.
package settings
