package catalog

// Message names one printed label or sentence. Its text in each language
// is in that language's table (english.go, german.go); placeholders are
// fmt's verbs, and a translation may reorder them with explicit indexes
// (%[2]s).
type Message int

// Every message, grouped by where it is printed.
const (
	// Every document about a kit: page furniture, the cover, the notice.
	PageOf           Message = iota // "Page %d of %d"
	HeadKit                         // "Kit %s", the running header's kit ID
	FootConfidential                // "Confidential · %s", the footer's note with the date
	Confidential                    // the notice's title
	Notice                          // "%s are personal data ...: ... %s." (whose, retention)
	BankVersion                     // "%s, version %s"
	Focus                           // " · focus: %s", after role and level
	QuestionOne                     // "1 question"
	QuestionMany                    // "%d questions"
	FieldRound
	FieldInterviewer
	FieldBank
	FieldDate
	FieldDuration
	FieldLevel
	FieldKitID
	FieldKit
	FieldLoop
	FieldQuestions
	FieldSeed
	SignDate
	SignTime
	RuleOnScoresheet // "The scoresheet's rule, ...: %s"
	RuleSentence     // the recommendation rule in words: 4 labels, 3 thresholds, no decision, share
	RetentionOne     // "Keep for 1 month after the hiring decision, then delete"
	RetentionMany    // "Keep for %d months ..."
	Continued        // "%s (continued)"

	// The default names of the scores 1 to 4 and of the recommendations.
	Rating1
	Rating2
	Rating3
	Rating4
	RecStrongNo
	RecNo
	RecYes
	RecStrongYes
	RecNoDecision

	// The packet.
	PacketDocTitle // "Interview packet: %s, %s" (candidate, round)
	PacketSubject  // "%s, %s: %s, %d minutes" (role, level, round, minutes)
	PacketKicker
	PacketBookmark
	PacketWhose
	Duration // "%d minutes, %s"
	TimePlan
	TimePlanAside
	PlanFromTo
	PlanMin
	PlanItem
	PlanDone
	PlanQuestion // "Q%d"
	QuestionMark // "Q%d  %s", a question's outline entry (number, ID)
	Notes        // "NOTES", by the writing lines under a question
	Total
	PlanIntro
	PlanBuffer
	PlanCandidate
	PlanClose
	RatingScale
	RatingScaleAside
	Meaning1
	Meaning2
	Meaning3
	Meaning4
	HowToScore1
	HowToScore2
	HowToScore3
	HowToScore4
	HowToScore5
	HowToScore6 // the correction box, on the cover
	BeforeRound
	BeforeRoundAside
	SectionHandout
	SectionScript
	SectionWhy
	SectionVersions
	SectionListenFor
	SectionFollowUps
	SectionRedFlags
	SectionSTAR
	StarSituation
	StarTask
	StarAction
	StarResult
	MinutesShort      // "%d min"
	QuestionContinued // "Q%d  %s (continued)"
	NotAssessed       // under N/A on the score grid
	Changed           // the correction box's label, on a score row and the recommendation
	ChangedHint       // under the correction box of a score row
	Score
	ScoreHint // a score row's instruction (form.ScoreInstruction in English)
	CandidateQuestions
	CandidateQuestionsAside
	Summary
	SummaryAside
	SummaryBookmark
	SummaryHint
	OverallRecommendation
	TickOne            // the overview's decision
	MarkOne            // the packet's recommendation, a row of the form
	RecommendationHint // the recommendation row's instruction (form.RecommendationInstruction in English)
	TakeAways
	TakeAwaysAside
	InterviewerSignature
	GridArea
	GridScores
	GridAverage
	GridOverall

	// The loop overview.
	OverviewDocTitle // "Loop overview: %s"
	OverviewHead     // "Loop overview", in every page header
	OverviewSubject  // "%s, %s: %d rounds, %d minutes" (role, level)
	OverviewKicker
	OverviewWhose
	ScheduleTitle
	LoopText      // "%d rounds, %d minutes"
	QuestionsText // "%d, none asked twice"
	AllAreas
	LoopFocus     // "The loop's focus (%d areas)"
	ScheduleAside // "times assume a %s start, rounds back to back, no breaks"
	ScheduleAsideBreaks
	RoundNumber // "R%d"
	ColNumber
	ColTime
	ColMin
	ColRound
	ColFocus
	ColInterviewer
	ColQs
	ColQ
	ColID
	ColArea
	ColQuestion
	ColAverage
	ColTotal
	ColStatus
	ColFocusArea
	ColAreaAsked
	CoverageTitle
	CoverageAside
	CoverageHint
	OtherAreas
	QuestionsInRound
	NotCovered
	OneRound
	OneInterviewer
	CoverageOK
	FlagUncovered      // "%s: covered by no round"
	FlagOnce           // "%s: covered only in %s"
	FlagOneInterviewer // "%s: covered in %s, all by %s"
	FlagBothByOne      // "%s: covered in %s, both by %s"
	And                // " and ", before the last of a list
	CoveredSettled     // no flag, and every round names its interviewer
	CoveredUnsettled   // no flag, but some round names nobody
	FlagOne            // "1 area needs attention:"
	FlagMany           // "%d areas need attention:"
	WhoAsksWhat
	WhoAsksWhatAside
	NoQuestions
	RoundMeta        // "%d min · %s"
	InterviewerColon // "Interviewer:"
	DebriefTitle
	DebriefAside
	DebriefPanel
	DebriefRule
	ByRound
	ByRoundAside
	ByArea
	ByAreaAside
	Apart // "%s+ apart"
	Overall
	OverallAside
	OverallScore
	Decision
	Reasons
	ReasonsAside
	ManagerSignature
	PanelPresent

	// The candidate's handout.
	HandoutDocTitle // "Candidate handout: %s, %s"
	HandoutSubject  // "%s: the exercises, for the candidate"
	HandoutHead     // "Handout · %s"
	HandoutFoot     // "Please hand these pages back at the end · %s"
	HandoutKicker   // "CANDIDATE HANDOUT · %s"
	HandoutBookmark
	HandoutIntro
	YourNotes
	Exercise
	AboutMinutes // "about %d min"
	RevealOnAsk

	// The scoresheet.
	SheetKitTitle
	SheetSummaryTitle
	SheetChartTitle
	SheetChartAlt
	SheetDocTitle // "Interview scoresheet: %s (%s)"
	SheetDescription
	SheetCategory
	SheetOwnCall
	SheetScoreError
	SheetChoose // "Choose %s from the list."
	SheetOr     // " or ", between the last two choices
	SheetRuleNote
	SheetRecommendation // the title of the recommendation's dropdown
	SheetScoreColumnHint

	count // the number of messages
)
