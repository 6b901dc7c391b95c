"""The build store: one SQLite file that a killed build, a damaged file or a foreign one cannot mislead."""
import sqlite3

from generator.store import Store


def test_values_and_results_are_kept_under_their_stamp(tmp_path):
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        store.keep("words", "a", {"湘江": "湘江"})
        store.replace_results("sources", "a", {"k1": b"1", "k2": b"2"}, {})
    with Store(path) as store:
        assert store.value("words", "a") == {"湘江": "湘江"} and store.value("words", "b") is None
        assert store.results("sources", "a") == {"k1": b"1", "k2": b"2"} and store.results("sources", "b") == {}
        store.replace_results("sources", "a", {"k2": b"2", "k3": b"3"}, store.results("sources", "a"))
        assert store.results("sources", "a") == {"k2": b"2", "k3": b"3"}
        store.replace_results("sources", "b", {"k9": b"9"}, {})
        assert store.results("sources", "a") == {}, "a stage keeps one stamp's results: the last build's"


def test_a_damaged_or_foreign_file_is_set_aside_never_trusted(tmp_path, capsys):
    damaged = tmp_path / "damaged.sqlite"
    with Store(damaged) as store:
        store.keep("words", "a", {"x": "y"})
    data = bytearray(damaged.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header's tail and the first page, overwritten
    damaged.write_bytes(bytes(data))
    with Store(damaged) as store:
        assert store.value("words", "a") is None
    assert "cannot be used" in capsys.readouterr().err
    foreign = tmp_path / "foreign.sqlite"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE kept (name TEXT, stamp TEXT, value BLOB)")
    other.execute("INSERT INTO kept VALUES ('words', 'a', x'00')")
    other.commit()
    other.close()
    with Store(foreign) as store:
        assert store.value("words", "a") is None
    assert "another program" in capsys.readouterr().err
    with Store(foreign) as store:  # the store made afresh in its place is trusted from then on
        store.keep("words", "a", 1)
    with Store(foreign) as store:
        assert store.value("words", "a") == 1


def test_a_write_a_killed_build_left_unfinished_is_not_seen(tmp_path):
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        store.keep("words", "a", 1)
    writer = sqlite3.connect(path)
    writer.execute("BEGIN")
    writer.execute("UPDATE kept SET value = x'00' WHERE name = 'words'")
    writer.close()  # as a build killed mid-write: never committed
    with Store(path) as store:
        assert store.value("words", "a") == 1


def test_a_page_damaged_past_the_header_is_found_on_reading(tmp_path, capsys):
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        store.keep("words", "a", {str(n): "词" * 200 for n in range(2000)})  # many pages
    data = bytearray(path.read_bytes())
    data[len(data) // 2:len(data) // 2 + 8192] = b"\x00" * 8192
    path.write_bytes(bytes(data))
    with Store(path) as store:
        assert store.value("words", "a") is None
        store.keep("words", "a", 1)
        assert store.value("words", "a") == 1
    assert "cannot be used" in capsys.readouterr().err
