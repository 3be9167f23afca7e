import { Duration } from "aws-cdk-lib";
import type { IHttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface DianwuAlarmsProps {
  httpApi: IHttpApi;
  /** Functions whose crashes and timeouts page someone, by a short name used in the alarm id. */
  functions: Record<string, IFunction>;
  /** Dead-letter queues by consumer name. */
  deadLetterQueues: Record<string, IQueue>;
  /** Where alarm mail goes; without it the topic exists and can be subscribed to by hand. */
  alarmEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Alarms for what nobody would otherwise notice: an event nobody processed, an API failing, a
 * function crashing. Errors the app answers on purpose (4xx, problem+json) are not alarms.
 */
export class DianwuAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: DianwuAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, "Topic", { displayName: "Dianwu alarms" });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    for (const [consumer, queue] of Object.entries(props.deadLetterQueues)) {
      // A single parked event is already a lost side effect (a badge not revoked, stock not moved).
      this.add(`DeadLetters-${consumer}`, {
        description: `Events for consumer ${consumer} reached its dead-letter queue`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: "Maximum" }),
        threshold: 1,
      });
    }

    // A single 5xx can be a passing upstream blip; five in five minutes is a pattern.
    this.add("Api5xx", {
      description: "HTTP API answered 5xx at least 5 times in 5 minutes",
      metric: props.httpApi.metricServerError({ period: FIVE_MINUTES, statistic: "Sum" }),
      threshold: 5,
    });

    for (const [name, fn] of Object.entries(props.functions)) {
      // The Hono app turns thrown errors into responses, so a Lambda error is a crash or a timeout.
      this.add(`Errors-${name}`, {
        description: `Function ${name} crashed or timed out`,
        metric: fn.metricErrors({ period: FIVE_MINUTES, statistic: "Sum" }),
        threshold: 1,
      });
    }
  }

  private add(id: string, props: { description: string; metric: IMetric; threshold: number }) {
    const alarm = new Alarm(this, id, {
      alarmDescription: props.description,
      metric: props.metric,
      threshold: props.threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No data means no traffic or an empty queue, both fine.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    // Recovery mail too, so whoever was paged knows when to stop looking.
    alarm.addOkAction(action);
    this.alarms.push(alarm);
  }
}
