// The API process: node dist/apps/api/main.js (npm start adds --with-worker).
import './src/main';
