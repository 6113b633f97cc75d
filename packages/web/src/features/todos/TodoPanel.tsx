import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ListError } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { todosApi } from './api.ts';

/**
 * 待办: one card per waiting state the server's registry gives this user (GET /api/todos); each opens the list
 * filtered to exactly the records counted. The page never decides which to-dos a role has.
 */
export function TodoPanel() {
  const todos = useQuery('todos', (signal) => todosApi.list(signal));
  if (todos.error !== undefined) return <ListError error={todos.error} />;
  if (!todos.data) {
    return (
      <Card title="我的待办">
        <Skeleton active paragraph={{ rows: 2 }} />
      </Card>
    );
  }
  const items = todos.data.items;
  if (items.length === 0) return null;
  return (
    <Card title="我的待办" data-testid="todos">
      {items.every((i) => i.count === 0) && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          暂无待办事项。
        </Typography.Paragraph>
      )}
      <Row gutter={[12, 12]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} sm={8} lg={6} xl={4}>
            <Link to={item.link} data-testid={`todo-${item.key}`} aria-label={`${item.label} ${item.count} 项`}>
              <Card size="small" hoverable>
                <Statistic title={item.label} value={item.count} valueStyle={item.tone === 'urgent' && item.count > 0 ? { color: '#cf1322' } : undefined} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
