#!/usr/bin/env node
import '../dist/src/emulator/main.js';
