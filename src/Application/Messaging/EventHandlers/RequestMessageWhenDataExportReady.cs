using KnowledgePay.Application.Common.Events;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.Domain.Privacy;

namespace KnowledgePay.Application.Messaging.EventHandlers;

/// <summary>Tells the user their data export is ready and until when it can be downloaded. Once per export.</summary>
internal sealed class RequestMessageWhenDataExportReady(SubscriptionMessageRequests requests)
    : IInTransactionHandler<DataExportReadyEvent>
{
    public async ValueTask Handle(DataExportReadyEvent notification, CancellationToken cancellationToken) =>
        await requests.RequestAsync(
            notification.UserId,
            MessageTemplate.DataExportReady,
            new Dictionary<string, string>
            {
                [MessageFields.Title] = "个人信息副本已生成",
                [MessageFields.Time] = SubscriptionValues.Time(notification.ExpiresAt),
                [MessageFields.Note] = "请在有效期内于隐私中心下载，仅可下载一次",
            },
            $"data-export-ready:{notification.PrivacyRequestId}",
            cancellationToken);
}
