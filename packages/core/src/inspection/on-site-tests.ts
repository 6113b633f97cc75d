// 现场询问、现场测试 (MODULES A-1 on-site tests): shared by the record form and the server's check.

/** An on-site test's score: right answers cannot exceed the questions asked. */
export const explainTestScoreInvalid = (test: { correct: number; total: number }): string | null => (test.correct > test.total ? '答对题数不能多于题数' : null);
