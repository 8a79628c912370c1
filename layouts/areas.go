package layouts

import "github.com/interviewkit/interviewkit/kit"

// scoredAreas is kit.(*Kit).ScoredAreas, the areas the scoresheet's Summary
// lists, which the overview's debrief sheet lists too. (The function lived
// in the scoresheet code, which moved to layouts/scoresheet; calling
// k.ScoredAreas() directly where it is used makes this file unneeded.)
func scoredAreas(k *kit.Kit) []kit.Area { return k.ScoredAreas() }
