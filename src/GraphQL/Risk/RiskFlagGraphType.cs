using GraphQL.Types;
using KnowledgePay.Application.Risk.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Risk;

internal sealed class RiskFlagGraphType : ObjectGraphType<RiskFlagDto>
{
    public const string TypeName = "RiskFlag";

    public RiskFlagGraphType()
    {
        Name = TypeName;
        Description = "An anomaly a rule noticed, in the operators' review queue.";
        this.GlobalIdField(TypeName, f => f.Id);
        Field(f => f.Rule, type: typeof(NonNullGraphType<RiskRuleGraphType>)).Description("The rule that raised it.");
        Field<IdGraphType>("userId")
            .Description("The global id of the user the anomaly belongs to; null when only a source or an order number is known, "
                + "or when the account was erased.")
            .Resolve(ctx => ctx.Source.UserId is { } id ? GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, id) : null);
        Field(f => f.Subject).Description("What the rule counted over: a user id, an order number, a notifying source.");
        Field(f => f.Evidence).Description("The figures that crossed the threshold, as a JSON object (counts, the window, order numbers).");
        Field(f => f.Restriction, type: typeof(NonNullGraphType<RiskRestrictionGraphType>))
            .Description("What it holds back from the user while open or confirmed.");
        Field(f => f.Status, type: typeof(NonNullGraphType<RiskFlagStatusGraphType>)).Description("OPEN until reviewed.");
        Field(f => f.RaisedAt).Description("When the rule first raised it.");
        Field(f => f.LastSeenAt).Description("When the rule last saw the anomaly again while the flag was open.");
        Field(f => f.Occurrences).Description("How many times the rule saw it while the flag was open.");
        Field<IdGraphType>("reviewedBy")
            .Description("The global id of the admin who reviewed it; null while open.")
            .Resolve(ctx => ctx.Source.ReviewedBy is { } id ? GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, id) : null);
        Field(f => f.ReviewedAt, nullable: true).Description("When it was reviewed.");
        Field(f => f.ReviewNote, nullable: true).Description("The reviewer's note.");
    }
}
