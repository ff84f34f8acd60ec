using GraphQL.Types;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.GraphQL.Tracking;

internal sealed class BehaviourEventKindGraphType : EnumerationGraphType<BehaviourEventKind>
{
    public BehaviourEventKindGraphType()
    {
        Name = "BehaviourEventKind";
        Description = "What a learner did with a course. PURCHASE, REFUND and REVIEW are recorded by the server; clients cannot send them.";
    }
}
