using GraphQL.Types;
using KnowledgePay.Application.Messaging.Commands.ReportSubscriptionGrants;
using KnowledgePay.Application.Messaging.Commands.SendSubscriptionMessage;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Messaging;

internal sealed class SubscriptionResultInputGraphType : InputObjectGraphType<SubscriptionResult>
{
    public SubscriptionResultInputGraphType()
    {
        Name = "SubscriptionResultInput";
        Description = "One template's answer from wx.requestSubscribeMessage's success callback ({[templateId]: 'accept' | 'reject' | 'ban'}).";
        Field(r => r.TemplateId).Description("The WeChat template id.");
        Field(r => r.Status, type: typeof(NonNullGraphType<SubscriptionDecisionGraphType>)).Description("The user's answer.");
    }
}

internal sealed class ReportSubscriptionGrantsInputGraphType : InputObjectGraphType<ReportSubscriptionGrantsCommand>
{
    public ReportSubscriptionGrantsInputGraphType()
    {
        Name = "ReportSubscriptionGrantsInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubscriptionResultInputGraphType>>>>("results")
            .Description($"1 to {MessagingLimits.MaxResultsPerReport} answers.");
    }
}

internal sealed class MessageValueInputGraphType : InputObjectGraphType<KeyValuePair<string, string>>
{
    public MessageValueInputGraphType()
    {
        Name = "MessageValueInput";
        Description = "One logical value of a message: title, amount, time, orderNo, members, note…";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The logical field name.");
        Field<NonNullGraphType<StringGraphType>>("value").Description("Its text.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new KeyValuePair<string, string>((string)value["name"]!, (string)value["value"]!);
}

internal sealed class SendSubscriptionMessageInputGraphType : InputObjectGraphType<SendSubscriptionMessageCommand>
{
    public SendSubscriptionMessageInputGraphType()
    {
        Name = "SendSubscriptionMessageInput";
        this.IdField("userId", "User").Description("The user to send to.");
        Field<NonNullGraphType<MessageTemplateGraphType>>("template").Description("Which template.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageValueInputGraphType>>>>("values")
            .Description("The logical values; the template's configured fields must all be given.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SendSubscriptionMessageCommand(
        (Guid)value["userId"]!,
        (MessageTemplate)value["template"]!,
        ((IEnumerable<object>)value["values"]!).Cast<KeyValuePair<string, string>>()
            .GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.Last().Value));
}
