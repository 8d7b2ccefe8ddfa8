import { defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions } from '@temporalio/client';

type GrpcInterceptor = NonNullable<ConnectionOptions['interceptors']>[number];

/**
 * Calls that may be repeated without changing anything: reads, and requests the server deduplicates
 * by an id the caller chose (a start under a business workflow id, a signal's request id). An
 * Update is not among them: repeating a human step is left to the human.
 */
const IDEMPOTENT_METHODS = new Set([
  'GetSystemInfo',
  'DescribeNamespace',
  'DescribeWorkflowExecution',
  'QueryWorkflow',
  'GetWorkflowExecutionHistory',
  'ListWorkflowExecutions',
  'CountWorkflowExecutions',
  'StartWorkflowExecution',
  'SignalWorkflowExecution',
  'PollWorkflowExecutionUpdate',
]);

/**
 * For an interactive client: a few quick retries (about 0.1 + 0.2 s) of idempotent calls, so a blip
 * passes unnoticed and an outage answers within a second instead of after the SDK's 10 attempts.
 */
export function boundedIdempotentRetry(maxAttempts = 3): GrpcInterceptor {
  const retry = makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts, factor: 2, initialIntervalMs: () => 100 }));
  const once = makeGrpcRetryInterceptor({ delayFunction: () => 0, retryableDecider: () => false });
  return (options, nextCall) => {
    const method = options.method_definition.path.split('/').pop() ?? '';
    return (IDEMPOTENT_METHODS.has(method) ? retry : once)(options, nextCall);
  };
}
