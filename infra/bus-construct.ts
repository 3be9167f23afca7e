import { Duration } from "aws-cdk-lib";
import { EventBus, Rule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { Queue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { EVENT_RULES, eventPattern } from "./events";
import { dianwuFunction, type DianwuResources } from "./function";

export const CONSUMER_ENTRY = "packages/functions/src/events/lambda.ts";

export interface DianwuBusProps {
  root: string;
  protect: boolean;
  /** Without `bus`: the bus is made here, and consumers get it in their environment. */
  resources: Omit<DianwuResources, "bus">;
}

export interface ConsumerWiring {
  consumer: string;
  fn: NodejsFunction;
  rule: Rule;
  deadLetters: Queue;
}

/**
 * The event bus and one rule per entry of EVENT_RULES, each delivering to its own consumer
 * function. One function per consumer keeps a slow or failing consumer from holding up the rest
 * and gives each its own concurrency, logs and dead-letter queue.
 */
export class DianwuBus extends Construct {
  readonly bus: EventBus;
  readonly consumers: ConsumerWiring[];

  constructor(scope: Construct, id: string, props: DianwuBusProps) {
    super(scope, id);
    this.bus = new EventBus(this, "Bus");
    const resources = { ...props.resources, bus: this.bus };

    this.consumers = EVENT_RULES.map((rule) => {
      const group = new Construct(this, rule.consumer);
      const deadLetters = new Queue(group, "DeadLetters", {
        retentionPeriod: Duration.days(14),
        enforceSSL: true,
      });
      const fn = dianwuFunction(group, "Consumer", {
        root: props.root,
        entry: CONSUMER_ENTRY,
        resources,
        protect: props.protect,
        memorySize: 512,
        // Room for runConsumer's own in-process retries with backoff before it parks the event.
        timeout: Duration.seconds(30),
        environment: { DIANWU_CONSUMER: rule.consumer },
        // EventBridge hands the event over asynchronously, so a consumer that throws is retried by
        // Lambda, not by EventBridge: park those failures in the same queue the target uses.
        // runConsumer only throws when it could not even write its own dead letter.
        onFailure: new SqsDestination(deadLetters),
        retryAttempts: 2,
        maxEventAge: Duration.hours(2),
      });
      const eventRule = new Rule(group, "Rule", {
        eventBus: this.bus,
        description: rule.description,
        eventPattern: eventPattern(rule),
        targets: [
          // Covers delivery failures (throttling, missing permission) before Lambda has the event.
          new LambdaFunction(fn, { retryAttempts: 4, maxEventAge: Duration.hours(2), deadLetterQueue: deadLetters }),
        ],
      });
      return { consumer: rule.consumer, fn, rule: eventRule, deadLetters };
    });
  }
}
