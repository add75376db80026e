import type { SkillEntry } from '../catalogue/schema';

/**
 * A small catalogue for the engine's tests, independent of the real data: the matcher compiles
 * from any catalogue, and these tests must not move when the data grows.
 */
function e(
  id: string,
  name: string,
  aliases: string[],
  kind: SkillEntry['kind'],
  category: SkillEntry['category'] = 'core',
  side: SkillEntry['side'] = 'engineering',
  ambiguous = false,
): SkillEntry {
  return { id, name, aliases, kind, category, side, ...(ambiguous ? { ambiguous } : {}) };
}

const amb = (id: string, name: string, kind: SkillEntry['kind'], aliases: string[] = []) =>
  e(id, name, aliases, kind, 'nice-to-have', 'engineering', true);

export const TEST_CATALOGUE: SkillEntry[] = [
  e('python', 'Python', [], 'language'),
  e('sql', 'SQL', [], 'database', 'underemphasized'),
  e('nosql', 'NoSQL', [], 'database', 'nice-to-have'),
  e('t-sql', 'T-SQL', [], 'database', 'underemphasized'),
  e('postgresql', 'PostgreSQL', ['Postgres'], 'database', 'underemphasized'),
  e('java', 'Java', [], 'language', 'nice-to-have'),
  e('javascript', 'JavaScript', ['JS'], 'language', 'nice-to-have'),
  e('cpp', 'C++', [], 'language', 'nice-to-have'),
  e('csharp', 'C#', [], 'language', 'nice-to-have'),
  e('dotnet', '.NET', [], 'language', 'nice-to-have'),
  e('nodejs', 'Node.js', [], 'language', 'nice-to-have'),
  e('kafka', 'Kafka', [], 'data-tool', 'nice-to-have'),
  e('kafka-streams', 'Kafka Streams', [], 'data-tool', 'nice-to-have'),
  e('aws', 'AWS', ['Amazon Web Services'], 'cloud', 'underemphasized'),
  e('gcp', 'GCP', ['Google Cloud'], 'cloud', 'underemphasized'),
  e('azure', 'Azure', [], 'cloud', 'underemphasized'),
  e('azure-ml', 'Azure ML', ['Azure Machine Learning'], 'cloud', 'underemphasized', 'ml'),
  e('sagemaker', 'SageMaker', [], 'cloud', 'underemphasized', 'ml'),
  e('pytorch', 'PyTorch', [], 'ml-framework', 'core', 'ml'),
  e('tensorflow', 'TensorFlow', ['TF'], 'ml-framework', 'core', 'ml'),
  e('scikit-learn', 'scikit-learn', ['sklearn'], 'ml-library', 'core', 'ml'),
  e('deep-learning', 'deep learning', [], 'ml-concept', 'core', 'ml'),
  e('kubernetes', 'Kubernetes', ['k8s'], 'infra'),
  e('docker', 'Docker', [], 'infra'),
  e('terraform', 'Terraform', [], 'infra', 'nice-to-have'),
  e('ci-cd', 'CI/CD', [], 'practice'),
  e('ab-testing', 'A/B testing', [], 'practice'),
  e('model-serving', 'model serving', [], 'serving', 'core', 'ml'),
  e('model-monitoring', 'model monitoring', [], 'mlops', 'core', 'ml'),
  e('feature-store', 'feature store', [], 'mlops', 'core', 'ml'),
  e('mlflow', 'MLflow', [], 'mlops', 'core', 'ml'),
  e('weights-and-biases', 'Weights & Biases', ['W&B', 'wandb'], 'mlops', 'core', 'ml'),
  e('tableau', 'Tableau', [], 'viz', 'nice-to-have'),
  e('dbt', 'dbt', [], 'data-tool', 'nice-to-have'),
  e('react', 'React', [], 'language', 'nice-to-have'),
  e('bash', 'Bash', [], 'language', 'nice-to-have'),
  e('ray-serve', 'Ray Serve', [], 'serving', 'nice-to-have', 'ml'),
  e('spring-boot', 'Spring Boot', [], 'language', 'nice-to-have'),
  e('elasticsearch', 'Elasticsearch', [], 'database', 'nice-to-have'),
  amb('c', 'C', 'language'),
  amb('go', 'Go', 'language', ['Golang']),
  amb('r', 'R', 'language'),
  amb('rust', 'Rust', 'language'),
  amb('scala', 'Scala', 'language'),
  amb('swift', 'Swift', 'language'),
  amb('julia', 'Julia', 'language'),
  amb('spark', 'Spark', 'data-tool', ['Apache Spark', 'PySpark']),
  amb('excel', 'Excel', 'viz'),
  amb('ray', 'Ray', 'data-tool'),
  amb('flask', 'Flask', 'serving'),
  amb('airflow', 'Airflow', 'data-tool', ['Apache Airflow']),
  amb('snowflake', 'Snowflake', 'database'),
  amb('shell', 'Shell', 'language', ['shell scripting']),
  amb('spring', 'Spring', 'language'),
  amb('elastic', 'Elastic', 'database'),
  amb('looker', 'Looker', 'viz'),
  amb('triton', 'Triton', 'serving', ['Triton Inference Server']),
  amb('s3', 'S3', 'cloud', ['Amazon S3']),
];
