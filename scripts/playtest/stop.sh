#!/usr/bin/env bash
# stop.sh NAME: end conversation NAME's console process
cd "$(dirname "$0")"
pkill -f "chat --conversation=$1\$"; pkill -f "tail -f chats/$1.in"; true
