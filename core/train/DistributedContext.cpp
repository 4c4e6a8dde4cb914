// c10d's Gloo headers declare ProcessGroupGloo only with this defined; the
// class is compiled into libtorch_cpu, which links libgloo.so.0 itself, so
// Assay links nothing more; libgloo-dev supplies the headers it includes.
#define USE_C10D_GLOO
#include "train/DistributedContext.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <chrono>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <string>

namespace assay {

namespace {

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
}

int intFromEnv(const char* name, int fallback, int minimum) {
  const char* v = env(name);
  if (!v) return fallback;
  char* end = nullptr;
  const long n = std::strtol(v, &end, 10);
  if (*end != '\0' || n < minimum || n > 1 << 20)
    throw std::runtime_error(std::string(name) + "=" + v + ": not a whole number of at least " +
                             std::to_string(minimum));
  return int(n);
}

// c10d reports a timeout or a lost peer as c10::Error with a stack trace;
// the user needs the reason and what to check.
[[noreturn]] void rethrowPlainly(const c10::Error& e, const std::string& during) {
  throw std::runtime_error("process group: " + during + " failed (" + e.what_without_backtrace() +
                           "); did every rank start, and is ASSAY_DIST_TIMEOUT_SECONDS long enough?");
}

void await(const c10::intrusive_ptr<c10d::Work>& work, const char* what) {
  try {
    work->wait();
  } catch (const c10::Error& e) {
    rethrowPlainly(e, what);
  }
}

}  // namespace

struct DistributedContext::Group {
  c10::intrusive_ptr<c10d::ProcessGroupGloo> pg;
};

DistributedContext::~DistributedContext() = default;

DistributedContext* DistributedContext::current() {
  static std::once_flag once;
  static std::unique_ptr<DistributedContext> context;
  std::call_once(once, [] {
    const int worldSize = intFromEnv("WORLD_SIZE", 1, 1);
    if (worldSize == 1) return;
    std::unique_ptr<DistributedContext> c(new DistributedContext);
    c->worldSize_ = worldSize;
    c->rank_ = intFromEnv("RANK", -1, 0);
    if (c->rank_ < 0) throw std::runtime_error("WORLD_SIZE is set but RANK is not");
    if (c->rank_ >= worldSize)
      throw std::runtime_error("RANK " + std::to_string(c->rank_) + " is not below WORLD_SIZE " +
                               std::to_string(worldSize));
    c->localWorldSize_ = intFromEnv("LOCAL_WORLD_SIZE", 1, 1);
    const char* addr = env("MASTER_ADDR");
    if (!addr) throw std::runtime_error("WORLD_SIZE is set but MASTER_ADDR is not");
    const int port = intFromEnv("MASTER_PORT", -1, 1);
    if (port < 1 || port > 65535) throw std::runtime_error("MASTER_PORT is unset or not a port number");
    const auto timeout = std::chrono::seconds(intFromEnv("ASSAY_DIST_TIMEOUT_SECONDS", 60, 1));

    c10d::TCPStoreOptions options;
    options.port = uint16_t(port);
    // Under torchrun the agent already serves the store on MASTER_ADDR:MASTER_PORT;
    // started by hand, rank 0 hosts it.
    const char* agent = env("TORCHELASTIC_USE_AGENT_STORE");
    const bool agentStore = agent && std::string(agent) == "True";
    options.isServer = c->rank_ == 0 && !agentStore;
    options.numWorkers = agentStore ? c10::nullopt : c10::optional<std::size_t>(size_t(worldSize));
    options.waitWorkers = false;
    options.timeout = timeout;
    c10::intrusive_ptr<c10d::Store> store;
    try {
      store = c10::make_intrusive<c10d::TCPStore>(std::string(addr), options);
    } catch (const c10::Error& e) {
      throw std::runtime_error(std::string("cannot reach the process group's store at ") + addr + ":" +
                               std::to_string(port) + ": " + e.what_without_backtrace());
    }
    // The agent's store holds its own keys; ours live under a prefix.
    store = c10::make_intrusive<c10d::PrefixStore>("assay/", store);
    auto pgOptions = c10d::ProcessGroupGloo::Options::create(timeout);
    if (const char* iface = env("GLOO_SOCKET_IFNAME"))
      pgOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(iface));
    else pgOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
    c->group_ = std::make_unique<Group>();
    try {
      c->group_->pg = c10::make_intrusive<c10d::ProcessGroupGloo>(store, c->rank_, worldSize, pgOptions);
    } catch (const c10::Error& e) {
      rethrowPlainly(e, "joining " + std::string(addr) + ":" + std::to_string(port));
    }
    context = std::move(c);
  });
  return context.get();
}

void DistributedContext::sumGradients(const std::vector<torch::Tensor>& parameters) {
  torch::NoGradGuard noGrad;
  std::vector<torch::Tensor> flat;
  flat.reserve(parameters.size());
  for (const auto& p : parameters) {
    const auto& g = p.grad();
    flat.push_back(g.defined() ? g.reshape(-1) : torch::zeros({p.numel()}, p.options()));
  }
  std::vector<torch::Tensor> bucket{torch::cat(flat)};
  await(group_->pg->allreduce(bucket), "summing the gradients");
  int64_t offset = 0;
  for (const auto& p : parameters) {
    const auto part = bucket[0].slice(0, offset, offset + p.numel()).view(p.sizes());
    offset += p.numel();
    auto& g = const_cast<torch::Tensor&>(p).mutable_grad();
    if (g.defined()) g.copy_(part);
    else g = part.clone(torch::MemoryFormat::Contiguous);
  }
}

std::vector<double> DistributedContext::sum(std::vector<double> values) {
  std::vector<torch::Tensor> t{torch::tensor(values, torch::kFloat64)};
  await(group_->pg->allreduce(t), "summing the losses");
  const auto a = t[0].accessor<double, 1>();
  for (size_t i = 0; i < values.size(); ++i) values[i] = a[int64_t(i)];
  return values;
}

double DistributedContext::fromRankZero(double value) {
  std::vector<torch::Tensor> t{torch::tensor({value}, torch::kFloat64)};
  await(group_->pg->broadcast(t), "sharing rank 0's decision");
  return t[0].item<double>();
}

void DistributedContext::copyFromRankZero(const std::vector<torch::Tensor>& tensors) {
  if (tensors.empty()) return;
  torch::NoGradGuard noGrad;
  std::vector<torch::Tensor> flat;
  for (const auto& t : tensors) flat.push_back(t.detach().reshape(-1).to(torch::kFloat32));
  std::vector<torch::Tensor> bucket{torch::cat(flat)};
  await(group_->pg->broadcast(bucket), "copying rank 0's weights");
  int64_t offset = 0;
  for (const auto& t : tensors) {
    const auto part = bucket[0].slice(0, offset, offset + t.numel()).view(t.sizes());
    offset += t.numel();
    const_cast<torch::Tensor&>(t).detach().copy_(part);
  }
}

}  // namespace assay
