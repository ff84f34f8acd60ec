using GraphQL.Types;
using KnowledgePay.GraphQL.Behaviour;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Identity;
using KnowledgePay.GraphQL.Learning;
using KnowledgePay.GraphQL.Orders;
using KnowledgePay.GraphQL.Privacy;

namespace KnowledgePay.GraphQL.Schema;

public sealed class RootMutation : ObjectGraphType
{
    public RootMutation()
    {
        Name = "Mutation";
        IdentityMutations.AddTo(this);
        CatalogMutations.AddTo(this);
        PrivacyMutations.AddTo(this);
        BehaviourMutations.AddTo(this);
        LearningMutations.AddTo(this);
        OrderMutations.AddTo(this);
    }
}
