import { placeholder } from '@khenthuong/domain';
describe('placeholder', () => { it('loads', () => expect(placeholder).toBe(1)); });
