package testkit

import (
	"fmt"
	"strings"

	"github.com/interviewkit/interviewkit/kit"
)

// QuestionsKit is a one-round kit of the given questions, in order, built
// as Synth builds one: for rendering questions a test picks, such as every
// question of the bank with a listing.
func QuestionsKit(candidate string, qs []*kit.Question) *kit.Kit {
	k := Synth(SynthOptions{Questions: 0, Candidate: candidate})
	r := &k.Rounds[0]
	r.Questions = qs
	r.Plan = kit.NewPlan(kit.Timing{Intro: 5, CandidateQuestions: 10, Close: 5}, qs, 0)
	k.Finish()
	return k
}

// ExerciseCode is the Python listing of SynthExercise: a view with an N+1
// and an injection, 14 lines.
const ExerciseCode = `from django.db import connection
from django.shortcuts import render

from .models import Order


def order_history(request):
    # One query for the orders, then one per row for its product.
    orders = Order.objects.filter(user=request.user).order_by("-created")
    q = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM shop_product WHERE name LIKE '%{q}%'")
        ids = [row[0] for row in cursor.fetchall()]
    return render(request, "orders.html", {"orders": orders, "ids": ids})`

// SynthExercise is question i of a synthetic kit made a practical
// exercise: a handout, a Python and an SQL listing, and a script. Its
// interviewer texts contain its ID, as SynthQuestion's do; its handout
// and listings do not.
func SynthExercise(i int) *kit.Question {
	q := SynthQuestion(i, SynthOptions{})
	q.Stage = "practical"
	q.Handout = "Review this change as you would at work.\n\n" +
		"- The view is new; the template prints each order's product.\n" +
		"- Say what you would change, line by line, and why."
	q.Code = []kit.Listing{
		{Language: "python", Title: "shop/views.py", Text: ExerciseCode},
		{Language: "sql", Text: "SELECT id FROM shop_order WHERE user_id = 7; -- the list\n" +
			"SELECT name FROM shop_product WHERE id = 1;  /* one per row */"},
	}
	q.Script = []string{
		fmt.Sprintf("%s script 1: if asked, the table holds 2 million orders.", q.ID),
		fmt.Sprintf("%s script 2: if asked about tests, there are none for this view.", q.ID),
	}
	return q
}

// WideListing is a listing whose second line is wider than any page holds:
// cols characters of "x" between quotes after "w = ".
func WideListing(cols int) kit.Listing {
	return kit.Listing{Language: "python", Title: "wide.py",
		Text: "# a line wider than the page\nw = '" + strings.Repeat("x", cols) + "'\nend = True"}
}
