#!/usr/bin/env bash
# say.sh NAME "what the user types": type one line into conversation NAME and print what the bot answers
cd "$(dirname "$0")"
n="$1"; shift
before=$(wc -c < "chats/$n.out")
printf '%s\n' "$*" >> "chats/$n.in"
# wait until the bot has answered (its prompt "> " comes back) and the output stops growing
last=-1
for i in $(seq 1 60); do
  sleep 0.5
  now=$(wc -c < "chats/$n.out")
  if [ "$now" -gt "$before" ] && [ "$now" = "$last" ] && tail -c 3 "chats/$n.out" | grep -q '>'; then break; fi
  last=$now
done
tail -c +$((before + 1)) "chats/$n.out"
