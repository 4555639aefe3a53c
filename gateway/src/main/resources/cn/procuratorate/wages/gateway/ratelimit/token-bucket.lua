-- One token-bucket step, atomically (Redis runs a script alone), the same as InMemoryRateLimitStore's Bucket.take.
-- KEYS[1]: the bucket, a hash {tokens, updated}; absent = full.
-- ARGV[1]: capacity; ARGV[2]: microseconds for one token to come back; ARGV[3]: expiry in ms (the refill period:
-- by then an untouched bucket is full again, the same as absent).
-- Returns {1, 0} when a token was taken, {0, microseconds until the next token} when refused.
-- Redis's own clock, so gateways whose clocks disagree still refill the same bucket alike.
local capacity = tonumber(ARGV[1])
local micros_per_token = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(bucket[1]) or capacity
local updated = tonumber(bucket[2]) or now
if now > updated then
  tokens = math.min(capacity, tokens + (now - updated) / micros_per_token)
  updated = now
end

local allowed, wait = 0, 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) * micros_per_token)
end
-- %.0f: the default number format could round a 16-digit microsecond time.
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', string.format('%.0f', updated))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {allowed, wait}
