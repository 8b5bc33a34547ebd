"""``vertprep calendar``: the same export from the command line, and its bad values."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from calendar_support import events_by_summary, read_calendar, strict_parse

from vertprep.cli import main
from vertprep.paths import database_path
from vertprep.storage import Store


def run(argv, capsys):
    """Exit code, stdout and stderr of one command line."""
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's own errors
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def clinic_file(tmp_path, qapp):
    """A nurse's plan file with the clinic's days and times (not imported anywhere)."""
    from plan_support import clinic_plan

    from vertprep.plan.writer import write_plan_text

    path = tmp_path / "clinic.toml"
    path.write_text(write_plan_text(clinic_plan()), encoding="utf-8")
    return path


def test_the_built_in_plan_dates_only_the_procedure_and_follow_up(tmp_path, capsys, data_dir):
    out = tmp_path / "plan.ics"
    argv = ["calendar", "--out", str(out), "--date", "2026-12-10", "--arrival", "08:30"]
    assert run(argv, capsys)[0] == 0
    # No source gives a due day for the steps before: no event is made up for them
    # (the pain check-ins come from the diary's own schedule).
    summaries = set(events_by_summary(read_calendar(out)))
    assert {s for s in summaries if not s.startswith("Pain check-in")} == {
        "Your vertebroplasty",
        "Follow-up consultation",
    }


def test_a_plan_from_date_and_arrival_without_stored_data(tmp_path, capsys, data_dir, clinic_file):
    out = tmp_path / "plan.ics"
    argv = ["calendar", "--out", str(out), "--date", "2026-12-10", "--arrival", "08:30"]
    argv += ["--plan", str(clinic_file)]
    code, stdout, err = run([*argv, "--place", "City Hospital"], capsys)
    assert (code, err) == (0, "")
    assert str(out) in stdout
    events = events_by_summary(read_calendar(out))
    arrival = datetime(2026, 12, 10, 8, 30).astimezone()  # in the system's zone
    assert events["Your vertebroplasty"].decoded("DTSTART") == arrival
    assert str(events["Your vertebroplasty"]["LOCATION"]) == "City Hospital"
    assert events["Regular bone-health reviews"].decoded("DTSTART") == date(2027, 3, 11)
    assert len(strict_parse(out.read_bytes()).events) == len(events)
    assert not data_dir.exists()  # no stored data was made

    again = tmp_path / "again.ics"
    argv = ["calendar", "--out", str(again), "--date", "2026-12-10", "--plan", str(clinic_file)]
    code, _out, _err = run(argv, capsys)
    assert code == 0
    first = {s: str(e["UID"]) for s, e in events.items()}
    second = {s: str(e["UID"]) for s, e in events_by_summary(read_calendar(again)).items()}
    assert second == first  # the same events, so a calendar updates them


@pytest.fixture
def stored(data_dir):
    """A data folder with a patient's plan and an own reminder."""
    store = Store(database_path(data_dir))
    store.update_profile(procedure_date=date(2026, 12, 10), arrival_time=time(8, 30))
    store.add_own_reminder("Ask about Prolia", date(2026, 12, 20))
    store.close()
    return data_dir


def test_a_plan_from_the_data_folder_updates_the_same_events(stored, tmp_path, capsys):
    out = tmp_path / "plan.ics"
    argv = ["calendar", "--out", str(out), "--data-dir", str(stored), "--lang", "en"]
    assert run(argv, capsys)[0] == 0
    first = events_by_summary(read_calendar(out))
    assert "Ask about Prolia" in first

    store = Store(database_path(stored))
    store.update_profile(procedure_date=date(2026, 12, 17))
    store.close()
    assert run(argv, capsys)[0] == 0
    second = events_by_summary(read_calendar(out))
    assert {s: str(e["UID"]) for s, e in second.items()} == {
        s: str(e["UID"]) for s, e in first.items()
    }
    assert int(second["Your vertebroplasty"]["SEQUENCE"]) == 1
    assert int(second["Ask about Prolia"]["SEQUENCE"]) == 0


def test_the_usual_data_folder_is_used_without_date_or_data_dir(stored, tmp_path, capsys):
    out = tmp_path / "plan.ics"
    assert run(["calendar", "--out", str(out)], capsys)[0] == 0  # $VERTPREP_DATA_DIR
    assert "Ask about Prolia" in events_by_summary(read_calendar(out))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--date", "2026-13-10"], "not a date"),
        (["--date", "10.12.2026"], "not a date"),
        (["--date", "2026-12-10", "--arrival", "25:00"], "not a time"),
        (["--date", "2026-12-10", "--arrival", "8h30"], "not a time"),
        (["--arrival", "08:30"], "--arrival and --place need --date"),
        (["--date", "2026-12-10", "--data-dir", "somewhere"], "either --date or --data-dir"),
        (["--date", "2026-12-10", "--lang", "xx"], "unknown language"),
        (["--date", "2026-12-10", "--place", "  "], "nothing visible"),
    ],
)
def test_bad_values_get_one_line_and_write_nothing(extra, message, tmp_path, capsys, data_dir):
    out = tmp_path / "plan.ics"
    code, _stdout, err = run(["calendar", "--out", str(out), *extra], capsys)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()
    assert not data_dir.exists()


def test_a_missing_folder_or_a_folder_as_out_is_refused(tmp_path, capsys):
    for target in (tmp_path / "no" / "plan.ics", tmp_path):
        code, _out, err = run(["calendar", "--out", str(target), "--date", "2026-12-10"], capsys)
        assert code == 2 and err.count("\n") == 1
    assert not (tmp_path / "no").exists()


def test_a_folder_without_data_is_not_created(tmp_path, capsys):
    empty = tmp_path / "nobody"
    code, _out, err = run(
        ["calendar", "--out", str(tmp_path / "p.ics"), "--data-dir", str(empty)], capsys
    )
    assert code == 1 and "no vertprep data" in err
    assert not empty.exists()
    assert not (tmp_path / "p.ics").exists()


def test_stored_data_without_a_date_is_explained(data_dir, tmp_path, capsys):
    Store(database_path(data_dir)).close()
    code, _out, err = run(["calendar", "--out", str(tmp_path / "p.ics")], capsys)
    assert code == 1 and "no procedure date" in err
    assert not (tmp_path / "p.ics").exists()


def test_out_is_required(capsys):
    code, _out, err = run(["calendar", "--date", "2026-12-10"], capsys)
    assert code == 2 and "--out" in err and err.count("\n") == 1


def test_lang_writes_the_events_in_that_language(tmp_path, capsys, clinic_file):
    out = tmp_path / "plan.ics"
    argv = ["calendar", "--out", str(out), "--date", "2026-07-10", "--lang", "de"]
    argv += ["--plan", str(clinic_file)]
    assert run(argv, capsys)[0] == 0
    calendar = read_calendar(out)
    events = list(calendar.walk("VEVENT"))
    assert {e["SUMMARY"].params["LANGUAGE"] for e in events} == {"de"}
    descriptions = " ".join(str(e["DESCRIPTION"]) for e in events)
    assert "Freitag, 26. Juni 2026" in descriptions  # the radiologist, 14 days before
    assert "Thursday" not in descriptions and "June" not in descriptions
