#!/usr/bin/env bash
# start.sh NAME: start console conversation NAME in the background (output in chats/NAME.out); prints the greeting
cd "$(dirname "$0")"
n="$1"; mkdir -p chats; : > "chats/$n.in"; : > "chats/$n.out"
nohup bash -c "tail -f chats/$n.in | java -jar supportbot.jar chat --conversation=$n > chats/$n.out 2>&1" >/dev/null 2>&1 &
for i in $(seq 1 60); do sleep 1; grep -q '^> ' "chats/$n.out" 2>/dev/null && break; done
cat "chats/$n.out"
