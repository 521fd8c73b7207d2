import './src/rebuild-projections';
