using KnowledgePay.Application.Experiments.Queries;
using KnowledgePay.Domain.Experiments;
using Mapster;

namespace KnowledgePay.Application.Experiments;

internal sealed class ExperimentMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ExperimentVariant, ExperimentVariantDto>();
        config.NewConfig<Experiment, ExperimentDto>()
            .Map(d => d.MaxRefundRateIncrease, s => s.Guardrails.MaxRefundRateIncrease)
            .Map(d => d.MaxPageErrorRateIncrease, s => s.Guardrails.MaxPageErrorRateIncrease);
    }
}
