import { render } from 'preact';
import '../../components/options/options.css';
import { skillsInText } from './analyze-resume';
import { OptionsApp } from './OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp analyze={skillsInText} />, root);
