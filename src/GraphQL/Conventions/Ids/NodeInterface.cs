using GraphQL.Types;

namespace KnowledgePay.GraphQL.Conventions.Ids;

/// <summary>Relay's <c>Node</c>: anything that can be fetched again by its global id through <c>node(id)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, refetchable through node(id).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id.");
    }
}
