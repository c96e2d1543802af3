import { classifyRobotReply } from './robot-replies';

describe('classifyRobotReply', () => {
  it.each([
    ['wecom', 200, { errcode: 0, errmsg: 'ok' }, 'sent'],
    ['dingtalk', 200, { errcode: 0, errmsg: 'ok' }, 'sent'],
    ['wecom', 200, { errcode: 45009, errmsg: 'api freq out of limit' }, 'throttled'],
    ['dingtalk', 200, { errcode: 130101, errmsg: 'send too fast' }, 'throttled'],
    ['dingtalk', 429, {}, 'throttled'],
    ['wecom', 200, { errcode: 93000, errmsg: 'invalid webhook url' }, 'invalid'],
    ['dingtalk', 200, { errcode: 310000, errmsg: 'sign not match' }, 'invalid'],
    ['dingtalk', 200, { errcode: 300001, errmsg: 'token is not exist' }, 'invalid'],
    ['wecom', 404, 'not found', 'invalid'],
    ['wecom', 502, undefined, 'retry'],
    ['dingtalk', 200, 'not json', 'retry'],
    ['wecom', 200, { errcode: -1, errmsg: 'system busy' }, 'retry'],
  ] as const)('%s HTTP %d %j → %s', (kind, status, body, outcome) => {
    expect(classifyRobotReply(kind, status, body).outcome).toBe(outcome);
  });

  it('the reason names the status and errcode', () => {
    expect(classifyRobotReply('wecom', 200, { errcode: 45009, errmsg: 'api freq out of limit' }).reason).toBe('HTTP 200 errcode 45009 api freq out of limit');
  });
});
