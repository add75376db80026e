import { describe, expect, it } from 'vitest';
import { skillById } from '../catalogue';
import { analyzePosting } from '../index';
import { APP_FRAMEWORK_IDS, FRONTEND_IDS, MOBILE_IDS } from './body';

/** Role detection needs ML work, not ML words (ordinary software ads were called ML engineer). */

const WEB_BODY = `What you'll do
- Build and deploy scalable services in production with Django, Flask and Node.js
- Build the UI in React and Vue, served with Next.js; keep latency low and monitoring sharp
- Maintain our Ruby on Rails and Spring apps, deployment pipelines and reliability dashboards`;

describe('role evidence', () => {
  it('counts web frameworks as engineering, never as ML serving', () => {
    const r = analyzePosting({ text: WEB_BODY }).role;
    expect(r.id).not.toBe('ml-engineer');
    expect(r.reasons.join(' ')).not.toMatch(/deployment and serving/);
  });

  it('names the frameworks that made it a backend posting', () => {
    const r = analyzePosting({ title: 'Software Engineer', text: WEB_BODY }).role;
    expect(r.id).toBe('backend-engineer');
    expect(r.reasons.join(' ')).toMatch(/Body centres on backend services \((?:Django|Flask|Node\.js)/);
  });

  const VISION_COMPANY = `About us
Optisight is a computer vision company: our deep learning models and machine learning pipelines inspect parcels in production, at low latency, at scale, with model serving on the edge.

What you'll do
- Build REST APIs and backend services in Node.js and TypeScript
- Store inspection events in PostgreSQL, deploy on AWS with Terraform`;

  it('weighs ML words about the employer far less than the job’s duties, and says so', () => {
    const r = analyzePosting({ title: 'Backend Engineer', text: VISION_COMPANY }).role;
    expect(r.id).toBe('backend-engineer');
    expect(r.reasons).toContain(
      'ML words describe the employer, not this job (Computer vision, Deep learning, ML pipelines)',
    );
    // The same words as the job's own duties make it an ML posting.
    const duties = VISION_COMPANY.replace('About us\n', "What you'll do\n- You build ").replace(
      /\nWhat you'll do\n- Build REST APIs.*\n.*$/,
      '',
    );
    expect(analyzePosting({ text: duties }).role.id).toBe('ml-engineer');
  });

  it('calls a mobile posting another role, not a frontend one', () => {
    expect(
      analyzePosting({ title: 'Android Developer (Kotlin)', text: 'Build our app UI in Kotlin.' }).role.id,
    ).toBe('other');
    expect(analyzePosting({ title: 'iOS Engineer', text: 'Build our app UI in Swift.' }).role.id).toBe(
      'other',
    );
  });

  it('counts Nuxt.js and Ember.js for frontend work', () => {
    const r = analyzePosting({
      title: 'Software Engineer',
      text: 'You will build our storefront UI in Nuxt.js and our admin UI in Ember.js, with responsive CSS.',
    }).role;
    expect(r.id).toBe('frontend-engineer');
    expect(r.reasons.join(' ')).toMatch(/Body centres on user interfaces \((?:Nuxt\.js|Ember\.js)/);
  });

  it('counts mobile frameworks for a mobile job, not for backend work', () => {
    const r = analyzePosting({
      text: `What you'll do
- Build our screens in SwiftUI and Jetpack Compose, with Hilt and Koin for injection
- Persist offline data with Core Data and Room; call our services with Retrofit and Alamofire`,
    }).role;
    expect(r.id).toBe('other');
    expect(r.reasons.join(' ')).toMatch(/Body centres on mobile apps \((?:SwiftUI|Jetpack Compose|Hilt)/);
  });

  it('reads a title line in French, German or Italian when no title is given', () => {
    for (const line of [
      'Titre du poste : Développeur·se Backend Python / Django (H/F)',
      'Titel: Softwareentwickler C# / .NET (m/w/d) – Backend',
      'Titolo: Sviluppatore Backend PHP',
    ]) {
      expect(analyzePosting({ text: `${line}\n\nBuild APIs.` }).role.id, line).toBe('backend-engineer');
    }
  });

  it('names only skills the catalogue holds', () => {
    for (const id of [...APP_FRAMEWORK_IDS, ...FRONTEND_IDS, ...MOBILE_IDS]) {
      expect(skillById(id), id).toBeDefined();
    }
  });
});
