"""`tacitus resolve date`: one expression or JSON lines in, its TimeML value and span out."""

import json

from tacitus.cli import cli


def run(runner, *args, input=None):
    return runner.invoke(cli, ["resolve", "date", *args], input=input)


def test_one_expression_prints_its_value_precision_and_span(runner):
    result = run(runner, "the third quarter", "--published", "1989-10-25", "--context",
                 "Profit fell 20% in the third quarter.")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"date": "1989-07-01", "precision": "quarter", "value": "1989-Q3",
                                         "start": "1989-07-01", "end": "1989-09-30", "kind": "date"}


def test_jsonl_reads_context_or_sentence_and_an_optional_offset(runner):
    lines = [
        {"text": "Friday", "published": "2024-03-16", "sentence": "Rebels shelled the port on Friday."},
        {"text": "Friday", "published": "2024-03-13", "context": "Talks that began Friday will resume Friday.",
         "start": 36},
        {"text": "now", "published": "2024-03-13", "context": "The embassy is now closed."},
        {"text": "the weeks", "published": "2024-03-13", "context": "His car was seen in the weeks before."},
    ]
    result = run(runner, "--jsonl", "-", input="".join(json.dumps(line) + "\n" for line in lines))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r and r["value"] for r in rows] == ["2024-03-15", "2024-03-15", "PRESENT_REF", None]


def test_a_later_occurrence_is_read_where_the_offset_says(runner):
    line = {"text": "Friday", "published": "2024-03-13", "context": "Talks that began Friday will resume Friday."}
    first = json.loads(run(runner, "--jsonl", "-", input=json.dumps(line)).stdout)
    second = json.loads(run(runner, "--jsonl", "-", input=json.dumps({**line, "start": 36})).stdout)
    assert (first["value"], second["value"]) == ("2024-03-08", "2024-03-15")


def test_bad_lines_and_impossible_dates_never_stop_the_batch(runner):
    lines = ('{"text": "", "published": "2024-03-13"}\n'
             '{"text": "in 99999", "published": "2024-03-13"}\n'
             '{"text": "tomorrow", "published": "9999-12-31"}\n'
             '{"text": "today", "published": "13/03/2024"}\n'
             'not json\n'
             '{"text": "today", "published": "2024-03-13", "context": 7}\n'
             '{"text": "today"}\n'
             '{"text": "yesterday", "published": "2024-03-13"}\n')
    result = run(runner, "--jsonl", "-", input=lines)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[:3] == [None, None, None]
    assert all("error" in row for row in rows[3:7])
    assert rows[7]["value"] == "2024-03-12"
    assert "Traceback" not in result.output


def test_a_bad_published_date_is_one_line_on_stderr(runner):
    for bad in ("soon", "99999-01-01", "2024-02-30"):
        result = run(runner, "today", "--published", bad)
        assert result.exit_code != 0 and "is not a date" in result.stderr and "Traceback" not in result.output


def test_lines_of_one_doc_id_are_read_as_one_story(runner):
    lines = [
        {"doc_id": "a", "text": "March 3", "published": "2024-03-15", "sentence": "Rebels seized the town on March 3."},
        {"doc_id": "b", "text": "Monday", "published": "2024-03-15", "sentence": "Talks opened on Monday."},
        {"doc_id": "a", "text": "The next day", "published": "2024-03-15",
         "sentence": "The next day, the army shelled it."},
        {"text": "The next day", "published": "2024-03-15", "sentence": "The next day, the army shelled it."},
    ]
    result = run(runner, "--jsonl", "-", input="".join(json.dumps(line) + "\n" for line in lines))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r and r["value"] for r in rows] == ["2024-03-03", "2024-03-11", "2024-03-04", None]


def test_a_set_and_a_duration_print_their_kind_and_value_with_no_day(runner):
    every = json.loads(run(runner, "every Monday", "--published", "2024-03-15", "--context",
                           "Veterans march to the ministry every Monday.").stdout)
    assert every == {"date": None, "precision": "unknown", "value": "XXXX-WXX-1", "start": None, "end": None,
                     "kind": "set"}
    lasting = json.loads(run(runner, "for three weeks", "--published", "2024-03-15").stdout)
    assert (lasting["kind"], lasting["value"]) == ("duration", "P3W")
    assert json.loads(run(runner, "Monday", "--published", "2024-03-15").stdout)["kind"] == "date"
