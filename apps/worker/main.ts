// The worker process: node dist/apps/worker/main.js
import './src/main';
