@echo off
rem saraban: เปิดหน้าแก้ไขข้อมูลการประชุมของโฟลเดอร์นี้ (ดับเบิลคลิก; ปิดหน้าต่างนี้เพื่อหยุด)
rem saraban: the meeting editor for the folder this file is in (double-click; close this window to stop)
chcp 65001 >nul
cd /d "%~dp0"
call saraban serve --open
pause
