using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Domain.Campaigns;
using Mapster;

namespace KnowledgePay.Application.Campaigns;

internal sealed class CampaignMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Campaign, CampaignDto>();
        config.NewConfig<MarketingConsent, MarketingConsentDto>()
            .Map(d => d.Source, s => s.Source)
            .Map(d => d.ChangedAt, s => s.ChangedAt)
            .Map(d => d.History, s => s.History.OrderBy(h => h.At).Select(h => new MarketingConsentChangeDto(h.Granted, h.Source, h.At)).ToList());
    }
}
