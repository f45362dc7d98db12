using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Multi-instance activities: 会签 (all), 或签 (any one), 票签 (a ratio), 联合验收 (each department).</summary>
internal sealed partial class ExecutionStep
{
    private void StartMultiInstance(ExecutableNode node, long scope)
    {
        var spec = node.MultiInstance!;
        var body = NewElement(node, scope, ElementRole.MultiInstanceBody);
        AttachBoundaries(node, body.Key);
        int count;
        if (spec.Collection is { } collectionExpression)
        {
            var collection = Evaluate(collectionExpression, body);
            if (collection.Kind != FeelValueKind.List)
            {
                throw Refuse("engine.collection-invalid", $"多实例活动 {node.Id} 的集合表达式 {collectionExpression.Text} 结果为 {collection}，不是列表：请检查 gov:collection 与流程变量。", node.Id);
            }

            body.Collection = collection;
            count = collection.AsList.Count;
        }
        else
        {
            var cardinality = Evaluate(spec.Cardinality!, body);
            if (cardinality.Kind != FeelValueKind.Number || cardinality.AsNumber < 0 || cardinality.AsNumber != decimal.Truncate(cardinality.AsNumber) || cardinality.AsNumber > 10_000)
            {
                throw Refuse("engine.cardinality-invalid", $"多实例活动 {node.Id} 的实例数表达式 {spec.Cardinality!.Text} 结果为 {cardinality}，不是 0 到 10000 之间的整数。", node.Id);
            }

            count = (int)cardinality.AsNumber;
        }

        body.InstanceCount = count;
        if (count == 0)
        {
            CompleteBody(node, body);
            return;
        }

        var started = spec.IsSequential ? 1 : count;
        for (var i = 1; i <= started; i++)
        {
            StartInner(node, body, i);
        }
    }

    private void StartInner(ExecutableNode node, ElementInstance body, int loopCounter)
    {
        body.ActiveCount++;
        var item = body.Collection is { } collection ? collection.AsList[loopCounter - 1] : null;
        Activate(node, body.Key, loopCounter, item);
    }

    private void InnerInstanceCompleted(ExecutableNode node, ElementInstance body, ElementInstance inner)
    {
        body = Own(body);
        body.ActiveCount--;
        body.CompletedCount++;
        if (node.MultiInstance!.CompletionCondition is { } condition && Evaluate(condition, inner).IsTrue)
        {
            CancelChildren(body);
            body.ActiveCount = 0;
            CompleteBody(node, body);
        }
        else if (body.CompletedCount >= body.InstanceCount)
        {
            CompleteBody(node, body);
        }
        else if (node.MultiInstance.IsSequential)
        {
            StartInner(node, body, body.CompletedCount + 1);
        }
    }

    private void CompleteBody(ExecutableNode node, ElementInstance body)
    {
        CancelBookmarks(body.Key);
        State.ElementList.Remove(body);
        Leave(node, body.ParentKey);
    }
}
