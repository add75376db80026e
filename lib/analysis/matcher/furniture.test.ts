import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../index';
import { furnitureRanges } from './furniture';

const highlighted = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);
const lines = (text: string) => furnitureRanges(text).map(([a, b]) => text.slice(a, b));

describe("a job board's furniture", () => {
  it('is a breadcrumb from the site or to a role, with any separator', () => {
    const text = [
      'Jobs › Engineering › Machine Learning › Senior LLM Engineer',
      'Jobindex » IT » Business Intelligence » BI-udvikler',
      'Careers > Data > Platform',
      'You will build services in Python.',
    ].join('\n');
    expect(lines(text)).toEqual(text.split('\n').slice(0, 3));
    expect(highlighted(text)).toEqual(['Python']);
  });

  it('is no data flow, no French quotes and no single comparison', () => {
    const text = [
      'Pipelines: Kafka > Flink > Snowflake, monitored in Grafana.',
      'Le programme « Cap 2027 » place la donnée au cœur » de tout.',
      'Latency > 200 ms is a bug.',
    ].join('\n');
    expect(lines(text)).toEqual([]);
    expect(highlighted(text)).toEqual(['Kafka', 'Flink', 'Snowflake', 'Grafana']);
  });

  it('is a line of similar jobs, in the posting languages', () => {
    const text = [
      'Requirements',
      '- Python and SQL',
      '',
      'Similar Jobs: Machine Learning Engineer – Clinical AI · Data Engineer – OMOP',
      'Ähnliche Jobs: Data Scientist (m/w/d) Pricing · Senior Backend Engineer Go (m/w/d)',
    ].join('\n');
    expect(lines(text)).toHaveLength(2);
    expect(highlighted(text)).toEqual(['Python', 'SQL']);
  });

  it("is a recruiter's list of other openings, up to its first blank line", () => {
    const text = [
      'Requirements',
      '- Terraform',
      '',
      "OTHER ROLES WE'RE CURRENTLY RECRUITING FOR (apply separately):",
      '• Senior Java Developer (Spring Boot, AWS, Kafka) – Parramatta',
      '• Data Engineer (Snowflake, dbt) – North Sydney',
      '',
      'About us',
      'We place contractors on Kubernetes projects.',
    ].join('\n');
    expect(highlighted(text)).toEqual(['Terraform']);
    // A sentence naming other roles is no header: "Other roles in the team use Go" stays the text.
    expect(lines('Requirements\n- Go\n\nOther roles in the team write Go and Rust.\n- Rust')).toEqual([]);
  });

  it('is a screening question before its answer buttons on the same line', () => {
    expect(
      highlighted('Requirements\n- SQL\n\nDo you have experience in Azure Machine Learning?  Yes  No'),
    ).toEqual(['SQL']);
  });
});
