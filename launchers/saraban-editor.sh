#!/bin/sh
# saraban: เปิดหน้าแก้ไขข้อมูลการประชุมของโฟลเดอร์นี้ (กด Ctrl+C หรือปิดหน้าต่างเพื่อหยุด)
# saraban: the meeting editor for the folder this file is in (Ctrl+C or close the window to stop)
cd "$(dirname "$0")" || exit 1
exec saraban serve --open "$@"
