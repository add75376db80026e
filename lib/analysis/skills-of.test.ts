import { describe, expect, it } from 'vitest';
import { analyzePosting, skillsOf } from './index';

describe('skillsOf', () => {
  it('finds the skills analyzePosting finds, without role or requirements', () => {
    const text =
      'Company: Example Labs\nSenior engineer with 5+ years of Python, PyTorch and Kubernetes; Terraform is a plus.\n' +
      'You will ship ranking models with MLflow and write SQL against Snowflake.';
    const skills = skillsOf(text);
    expect(skills.length).toBeGreaterThan(4);
    expect(skills).toEqual(analyzePosting({ text }).skills);
  });
});

describe('product families the catalogue names', () => {
  const ids = (text: string) => skillsOf(text).map((s) => s.id);

  it('reads remote sensing, medical imaging and GPU-platform products', () => {
    expect(
      ids('You will map crops from Landsat and Sentinel-2 scenes (NDVI, NDWI) indexed in a STAC catalogue.'),
    ).toEqual(expect.arrayContaining(['landsat', 'sentinel-2', 'ndvi', 'ndwi', 'stac']));
    expect(ids('You will convert NIfTI volumes from MRI studies.')).toEqual(
      expect.arrayContaining(['nifti', 'mri']),
    );
    expect(ids('Run KubeRay and the NVIDIA Container Toolkit; PyTorch DDP jobs in FP16 on an NPU.')).toEqual(
      expect.arrayContaining(['kuberay', 'nvidia-container-toolkit', 'ddp', 'fp16', 'npu']),
    );
  });

  it('reads actuarial, clinical-statistics and build tools', () => {
    expect(ids('Keep reserving models in ResQ or Arius, prepare Schedule P and pass CAS exams.')).toEqual(
      expect.arrayContaining(['wtw-resq', 'milliman-arius', 'naic-schedule-p', 'cas-exams']),
    );
    expect(ids('You program in SAS (Base, STAT, Macro) and size trials in nQuery.')).toEqual(
      expect.arrayContaining(['base-sas', 'sas-stat', 'sas-macro', 'nquery']),
    );
    expect(ids('Maintain every Jenkinsfile and the BuildBuddy remote cache.')).toEqual(
      expect.arrayContaining(['jenkinsfile', 'buildbuddy']),
    );
  });

  it('leaves the ordinary words among those names alone', () => {
    expect(ids('Adam presented the plan with panache.')).toEqual([]);
  });
});
