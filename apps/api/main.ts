// The API process: node dist/apps/api/main.js
import './src/main';
