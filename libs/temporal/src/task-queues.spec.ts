import { documentsQueueOf, DOCUMENTS_TASK_QUEUE, PROPOSAL_TASK_QUEUE, taskQueues } from './proposal.contracts';

describe('task queue names', () => {
  it('keeps the names running workflows were started with when no prefix is configured', () => {
    expect([PROPOSAL_TASK_QUEUE, DOCUMENTS_TASK_QUEUE]).toEqual(['khenthuong-proposals', 'khenthuong-documents']);
  });

  it('names both queues from a prefix, and finds the documents queue from the proposals queue', () => {
    const queues = taskQueues('phuong-ngo-quyen');
    expect(queues).toEqual({ proposals: 'phuong-ngo-quyen-proposals', documents: 'phuong-ngo-quyen-documents' });
    expect(documentsQueueOf(queues.proposals)).toBe(queues.documents);
    expect(documentsQueueOf(PROPOSAL_TASK_QUEUE)).toBe(DOCUMENTS_TASK_QUEUE);
  });

  it('sends a queue of another shape (the replayer’s own) to the default documents queue', () => {
    expect(documentsQueueOf('fake_replay_queue-0')).toBe(DOCUMENTS_TASK_QUEUE);
  });
});
