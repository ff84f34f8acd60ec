using GraphQL.Types;
using KnowledgePay.Application.Messaging.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Messaging;

internal sealed class SubscriptionTemplateGraphType : ObjectGraphType<SubscriptionTemplateDto>
{
    public SubscriptionTemplateGraphType()
    {
        Name = "SubscriptionTemplate";
        Description = "A subscription-message template the mini program may ask the user to accept.";
        Field(t => t.Template, type: typeof(NonNullGraphType<MessageTemplateGraphType>)).Description("What the message tells.");
        Field(t => t.TemplateId).Description("The WeChat template id to pass to wx.requestSubscribeMessage's tmplIds.");
    }
}

internal sealed class SubscriptionGrantGraphType : ObjectGraphType<SubscriptionGrantDto>
{
    public SubscriptionGrantGraphType()
    {
        Name = "SubscriptionGrant";
        Description = "How many messages of one template the user may still receive.";
        Field(g => g.TemplateId).Description("The WeChat template id.");
        Field(g => g.Template, type: typeof(MessageTemplateGraphType))
            .Description("The product's template behind the id; null for an id no longer enabled.");
        Field(g => g.Remaining).Description("One-time grants left: each accept adds one, each message sent spends one.");
        Field(g => g.LastDecision, type: typeof(NonNullGraphType<SubscriptionDecisionGraphType>))
            .Description("The last answer; after BAN nothing is sent until the user accepts again.");
        Field(g => g.DecidedAt).Description("When the user last answered.");
    }
}

internal sealed class SubscriptionMessageGraphType : ObjectGraphType<SubscriptionMessageDto>
{
    public const string TypeName = "SubscriptionMessage";

    public SubscriptionMessageGraphType()
    {
        Name = TypeName;
        Description = "A subscription message asked for, and what became of it.";
        this.GlobalIdField(Name, m => m.Id);
        Field<NonNullGraphType<IdGraphType>>("userId")
            .Description("The global id of the user it is for.")
            .Resolve(ctx => GlobalId.Encode("User", ctx.Source.UserId));
        Field(m => m.Template, type: typeof(NonNullGraphType<MessageTemplateGraphType>)).Description("What it tells.");
        Field(m => m.TemplateId, nullable: true).Description("The WeChat template id it went to; null before a delivery looked it up.");
        Field(m => m.Page).Description("The mini-program page a tap opens; empty for the template's default.");
        Field(m => m.Values).Description("The logical values (title, amount, time…) as a JSON object.");
        Field(m => m.DedupeKey).Description("One message per key: a request raised again sends nothing more.");
        Field(m => m.Status, type: typeof(NonNullGraphType<SubscriptionMessageStatusGraphType>)).Description("Where it stands.");
        Field(m => m.ErrCode, nullable: true).Description("WeChat's errcode when it refused.");
        Field(m => m.MsgId, nullable: true).Description("WeChat's msgid when it accepted.");
        Field(m => m.CreatedAt).Description("When it was asked for.");
        Field(m => m.FinishedAt, nullable: true).Description("When its outcome was recorded.");
    }
}
