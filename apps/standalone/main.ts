// npm start: node dist/apps/standalone/main.js — the API and a worker, and without DATABASE_URL an embedded PostgreSQL.
import './src/main';
