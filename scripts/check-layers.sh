#!/usr/bin/env bash
# Checks the boundaries between the libraries (docs/architecture.md) that a compiler alone would let
# through. Exits non-zero, naming each file, when:
# - a file outside the client's storage (core/storage) runs SQL (QSqlQuery, the SQLite C API);
# - the rules library (core/rules) includes a Qt header that is not QtCore's (QtSql, QtGui,
#   QtWidgets...), or anything of SQLite;
# - the documents (core/documents, core/documentdata) include a header of the storage;
# - a file other than ui/common/AppSettings reads or writes the program's settings (QSettings);
# - the server (server/) includes a header of the client's storage, documents, demo or screens, or
#   a Qt module besides QtCore and QtNetwork (it links the rules and tabular only);
# - the sync library (core/sync) includes a header of the widgets, the screens, the documents or
#   QtGui (it serves the CLI as well as the app), or the documents include one of it.
# Used by scripts/test.sh, so by CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

status=0
fail() {
  echo "check-layers: $*" >&2
  status=1
}

# 1. SQL only in the storage library.
while IFS= read -r file; do
  fail "$file runs SQL outside the storage library (move the query into core/storage)"
done < <(grep -rlE 'QSqlQuery|QSqlQueryModel|QSqlTableModel|sqlite3_[a-z_]+[[:space:]]*\(' \
           --include='*.cpp' --include='*.h' core ui app server 2>/dev/null | grep -v '^core/storage/' || true)

# 2. The rules library sees QtCore only.
qtcore="$(qmake6 -query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)/QtCore"
if [ ! -d "$qtcore" ]; then
  fail "the QtCore headers are not at $qtcore (install qt6-base-dev)"
fi
while IFS= read -r line; do
  file="${line%%:*}"
  header="$(sed -E 's/.*#[[:space:]]*include[[:space:]]*<([^>]+)>.*/\1/' <<<"${line#*:}")"
  case "$header" in
    Q*|Qt*/*)
      [ -e "$qtcore/${header#QtCore/}" ] || fail "$file includes <$header>, which is not QtCore: the rules link QtCore only"
      ;;
    sqlite3.h)
      fail "$file includes <$header>: the rules know no database"
      ;;
  esac
done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<' --include='*.cpp' --include='*.h' core/rules || true)

# 3. The documents never see the storage.
while IFS= read -r line; do
  fail "${line%%:*} includes a header of the storage: documents lay out the data they are given"
done < <(grep -rnE '#[[:space:]]*include[[:space:]]*"(database|stores|queries|services|sources)/' \
           --include='*.cpp' --include='*.h' core/documents core/documentdata || true)

# 4. The program's settings only through the typed registry (key, type, default, renamed keys).
while IFS= read -r file; do
  fail "$file uses QSettings: read and write settings through ui/common/AppSettings (add the key there)"
done < <(grep -rl 'QSettings' --include='*.cpp' --include='*.h' core ui app server 2>/dev/null \
           | grep -v '^ui/common/AppSettings\.' || true)

# 5. The server links the rules and tabular, nothing of the client.
while IFS= read -r line; do
  fail "${line%%:*} includes a header of the client (storage, documents, demo or screens): the server links the rules and tabular only"
done < <(grep -rnE '#[[:space:]]*include[[:space:]]*"(database|stores|queries|services|sources|documents|documentdata|demo)/' \
           --include='*.cpp' --include='*.h' server || true)
while IFS= read -r line; do
  fail "${line%%:*} includes a Qt module the server does not link"
done < <(grep -rnE '#[[:space:]]*include[[:space:]]*<Qt(Sql|Gui|Widgets|Charts|PrintSupport)/?' \
           --include='*.cpp' --include='*.h' server || true)

# 6. The sync has no widgets and no documents; the documents and the server know nothing of it.
while IFS= read -r line; do
  fail "${line%%:*} includes a widget, GUI or documents header: the sync library serves the CLI too"
done < <(grep -rnE '#[[:space:]]*include[[:space:]]*(<Qt(Gui|Widgets|Charts|PrintSupport)/?|<Q(Widget|Application|Dialog)>|"(documents|documentdata|demo)/)' \
           --include='*.cpp' --include='*.h' core/sync || true)
while IFS= read -r line; do
  fail "${line%%:*} includes a header of the sync library"
done < <(grep -rnE '#[[:space:]]*include[[:space:]]*"(engine|network|sync)/' \
           --include='*.cpp' --include='*.h' core/documents core/documentdata core/rules server || true)

if [ "$status" -eq 0 ]; then
  echo "check-layers: the libraries keep to their rooms"
fi
exit "$status"
