using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Experiments.ExperimentErrors;

namespace KnowledgePay.GraphQL.Experiments;

internal sealed class ExperimentInvalidErrorGraphType() : CodedErrorGraphType(
    "ExperimentInvalidError", InvalidExperimentCode, "The key, name, variants, window, layer, platforms or offer do not make an experiment.");

internal sealed class ExperimentWeightsInvalidErrorGraphType() : CodedErrorGraphType(
    "ExperimentWeightsInvalidError", WeightsInvalidCode, "Variant weights are whole percents from 1 to 99 that add up to 100.");

internal sealed class ExperimentPriceOutOfRangeErrorGraphType() : CodedErrorGraphType(
    "ExperimentPriceOutOfRangeError", PriceOutOfRangeCode, "A variant's price is below the lowest the offer's guardrails allow or above its list price.");

internal sealed class ExperimentPayloadInvalidErrorGraphType() : CodedErrorGraphType(
    "ExperimentPayloadInvalidError", PayloadInvalidCode, "A variant's payload is not JSON, or not a recommender knob the server has.");

internal sealed class ExperimentKeyTakenErrorGraphType() : CodedErrorGraphType(
    "ExperimentKeyTakenError", KeyTakenCode, "Another experiment already has the key.");

internal sealed class ExperimentNotDraftErrorGraphType() : CodedErrorGraphType(
    "ExperimentNotDraftError", NotDraftCode, "The experiment has started; only a draft changes or starts.");

internal sealed class ExperimentOfferBusyErrorGraphType() : CodedErrorGraphType(
    "ExperimentOfferBusyError", OfferBusyCode, "Another running experiment already varies the offer's price.");

internal sealed class ExperimentLayerFullErrorGraphType() : CodedErrorGraphType(
    "ExperimentLayerFullError", LayerFullCode, "The layer has no free share of that size among its running experiments.");

internal sealed class ExperimentNotRunningErrorGraphType() : CodedErrorGraphType(
    "ExperimentNotRunningError", ExperimentNotRunningCode, "Only a running experiment can stop.");
