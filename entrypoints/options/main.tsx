import { render } from 'preact';
import '../../components/options/options.css';
import { skillsInText } from '../../components/options/analyze-resume';
import { OptionsApp } from '../../components/options/OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp analyze={skillsInText} />, root);
