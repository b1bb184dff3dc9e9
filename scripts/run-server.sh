#!/usr/bin/env bash
# Starts a private PostgreSQL 15 and danhgia-server on a demo province whose units and accounts
# match `danhgia --demo`, so that sync can be tried end to end on one machine.
#   bash scripts/run-server.sh [--listen 127.0.0.1:8470] [--keep DIR]
# Accounts (password "demo"): quantri (administrator, UBND-LS), thamdinh (appraiser, UBND-LS),
# thuky (council_secretary, UBND-LS), chutich (council_chair, UBND-LS), thutruong (unit_head, SNV-CCVC),
# and one self_assessor per unit of the demo: snv, stc, syt, sgddt, sxd, snnmt, xcl, xdd.
# Ctrl+C stops the server and PostgreSQL; the data is thrown away unless --keep DIR is given.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

listen=127.0.0.1:8470
keep=""
while [ $# -gt 0 ]; do
    case "$1" in
        --listen) listen="$2"; shift 2 ;;
        --keep) keep="$2"; shift 2 ;;
        *) echo "usage: bash scripts/run-server.sh [--listen HOST:PORT] [--keep DIR]" >&2; exit 2 ;;
    esac
done

server=build/default/server/danhgia-server
if [ ! -x "$server" ]; then
    cmake --preset default >/dev/null
    cmake --build build/default --target danhgia-server
fi
pgbin=/usr/lib/postgresql/15/bin
if [ ! -x "$pgbin/initdb" ]; then
    echo "PostgreSQL 15 is missing: run bash scripts/install-deps.sh" >&2
    exit 1
fi

dir=${keep:-$(mktemp -d /tmp/danhgia-server-XXXXXX)}
mkdir -p "$dir"
as=()
if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: it runs as "nobody" on a directory it owns.
    chown nobody:nogroup "$dir"
    as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi
fresh=0
if [ ! -d "$dir/data" ]; then
    "${as[@]}" "$pgbin/initdb" -D "$dir/data" -U danhgia -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fresh=1
fi
"${as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir'" start >/dev/null
stop_postgres() {
    "${as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    if [ -z "$keep" ]; then rm -rf "$dir"; fi
}
trap stop_postgres EXIT

export DANHGIA_SERVER_DATABASE="host=$dir user=danhgia dbname=postgres"
"$server" migrate
if [ "$fresh" -eq 1 ]; then
    units=$(mktemp /tmp/danhgia-units-XXXXXX.csv)
    cat > "$units" <<'CSV'
Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên
UBND-LS,Ủy ban nhân dân tỉnh Lạng Sơn,province,
SNV,Sở Nội vụ,department,UBND-LS
STC,Sở Tài chính,department,UBND-LS
SYT,Sở Y tế,department,UBND-LS
SGDDT,Sở Giáo dục và Đào tạo,department,UBND-LS
SXD,Sở Xây dựng,department,UBND-LS
SNNMT,Sở Nông nghiệp và Môi trường,department,UBND-LS
XCL,Ủy ban nhân dân xã Chi Lăng,commune,UBND-LS
XDD,Ủy ban nhân dân xã Đồng Đăng,commune,UBND-LS
SNV-CCVC,"Phòng Công chức, viên chức",office,SNV
SNV-CCHC,Phòng Cải cách hành chính,office,SNV
CSV
    "$server" admin unit import "$units"
    rm -f "$units"
    add() { echo demo | "$server" admin user add "$1" --unit "$2" --role "$3" >/dev/null; }
    add quantri UBND-LS administrator
    add thamdinh UBND-LS appraiser
    add thuky UBND-LS council_secretary
    add chutich UBND-LS council_chair
    add thutruong SNV-CCVC unit_head
    for unit in SNV STC SYT SGDDT SXD SNNMT XCL XDD; do
        add "$(echo "$unit" | tr '[:upper:]' '[:lower:]')" "$unit" self_assessor
    done
    "$server" admin user list
fi
echo "danhgia-server on http://$listen (password of every account: demo); Ctrl+C stops it"
"$server" serve --listen "$listen"
